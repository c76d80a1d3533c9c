use tokio::time::{sleep, Duration, Instant};
use futures::stream::{self, StreamExt};
use std::pin::Pin;

#[tokio::main]
async fn main() {
    // `peek` and friends take `Pin<&mut Peekable<_>>`: pin it first.
    let s = stream::iter(vec![1, 2, 3, 10, 11, 4]).peekable();
    tokio::pin!(s);
    println!("peek {:?}", s.as_mut().peek().await);
    println!("peek again {:?}", s.as_mut().peek().await);
    println!("next {:?}", s.next().await);
    let mut small = Vec::new();
    while let Some(x) = s.as_mut().next_if(|x| *x < 10).await {
        small.push(x);
    }
    println!("small {small:?}");
    println!("eq 10 {:?}", s.as_mut().next_if_eq(&10).await);
    println!("eq 10 again {:?}", s.as_mut().next_if_eq(&10).await);
    if let Some(&x) = s.as_mut().peek().await {
        println!("peeked {x}");
    }
    let rest: Vec<i32> = s.collect().await;
    println!("rest {rest:?}");

    // A `Peekable` of an `Unpin` stream can be pinned in place with `Pin::new`.
    let mut words = stream::iter(["a", "b"]).then(|w| async move {
        println!("  produce {w}");
        w
    }).boxed().peekable();
    println!("peek {:?}", Pin::new(&mut words).peek().await);
    println!("next {:?}", words.next().await);
    println!("peek {:?}", Pin::new(&mut words).peek().await);
    println!("next {:?}", words.next().await);
    println!("peek {:?}", Pin::new(&mut words).peek().await);
    println!("next_if {:?}", Pin::new(&mut words).next_if(|_| true).await);

    // futures::pin_mut! works too.
    let t = stream::iter(vec![String::from("x"), String::from("y")]).peekable();
    futures::pin_mut!(t);
    while let Some(w) = t.as_mut().peek().await {
        let w = w.clone();
        let got = t.as_mut().next_if_eq(&w).await;
        println!("{w} {got:?}");
    }
    edges().await;
}


struct Loud(u32);
impl Drop for Loud {
    fn drop(&mut self) {
        println!("  drop Loud({})", self.0);
    }
}

async fn edges() {
    let start = Instant::now();
    // peek on a slow stream, raced against a timer: the peek future is dropped, the item is not lost.
    let slow = stream::iter(1..=3u64).then(|i| async move {
        sleep(Duration::from_millis(20)).await;
        println!("  produced {i} at {} ms", start.elapsed().as_millis());
        i
    });
    let p = slow.peekable();
    tokio::pin!(p);
    tokio::select! {
        biased;
        x = p.as_mut().peek() => println!("peek won {x:?}"),
        _ = sleep(Duration::from_millis(10)) => println!("timer won at {} ms", start.elapsed().as_millis()),
    }
    println!("peek {:?} at {} ms", p.as_mut().peek().await, start.elapsed().as_millis());
    println!("next_if odd {:?}", p.as_mut().next_if(|x| x % 2 == 1).await);
    println!("next_if odd {:?}", p.as_mut().next_if(|x| x % 2 == 1).await);
    println!("next {:?} at {} ms", p.next().await, start.elapsed().as_millis());

    // A peeked value is dropped with the stream.
    {
        let q = stream::iter(vec![Loud(1), Loud(2)]).peekable();
        tokio::pin!(q);
        let _ = q.as_mut().peek().await;
        println!("dropping the peekable");
    }
    println!("dropped");

}
