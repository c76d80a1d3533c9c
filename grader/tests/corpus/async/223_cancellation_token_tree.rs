use tokio::time::{sleep, Duration, Instant};
use tokio_util::sync::CancellationToken;

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let root = CancellationToken::new();
    let child_a = root.child_token();
    let child_b = root.child_token();
    let grandchild = child_a.child_token();
    println!("{:?}", root);

    let mut hs = Vec::new();
    for (name, token, ms) in [("root", root.clone(), 4u64), ("a", child_a.clone(), 1), ("b", child_b.clone(), 3), ("grand", grandchild.clone(), 2), ("root2", root.clone(), 5)] {
        hs.push(tokio::spawn(async move {
            sleep(Duration::from_millis(ms)).await;
            token.cancelled().await;
            println!("{name} cancelled at {} ms", start.elapsed().as_millis());
        }));
    }

    // Cancelling a child does not cancel its parent.
    let lone = root.child_token();
    lone.cancel();
    println!("lone {} root {}", lone.is_cancelled(), root.is_cancelled());

    sleep(Duration::from_millis(20)).await;
    root.cancel();
    for h in hs {
        h.await.unwrap();
    }
    println!("all: {} {} {}", child_a.is_cancelled(), child_b.is_cancelled(), grandchild.is_cancelled());
    let late = root.child_token();
    println!("child of a cancelled token: {}", late.is_cancelled());
    late.cancelled().await;

    let t = CancellationToken::new();
    {
        let _guard = t.clone().drop_guard();
        println!("inside: {}", t.is_cancelled());
    }
    println!("after the guard: {}", t.is_cancelled());
    let t2 = CancellationToken::new();
    let g = t2.clone().drop_guard();
    let back = g.disarm();
    drop(back);
    println!("disarmed: {}", t2.is_cancelled());
}
