use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let mut log = Vec::new();
    let name = String::from("borrowed");
    {
        let fut = async {
            sleep(Duration::from_millis(10)).await;
            format!("{} has {} chars", name, name.len())
        };
        log.push(fut.await);
    }
    println!("name still usable: {name}");
    let owned = String::from("moved");
    let fut = async move {
        sleep(Duration::from_millis(10)).await;
        owned.to_uppercase()
    };
    log.push(fut.await);
    let mut counter = 0;
    let bump = async {
        counter += 1;
    };
    bump.await;
    println!("counter {counter}");
    let handle = tokio::spawn({
        let name = name.clone();
        async move { name.len() }
    });
    log.push(format!("task saw {} chars", handle.await.unwrap()));
    println!("{log:?}");
}
