use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let parent = tokio::spawn(async {
        println!("parent starts");
        let mut kids = Vec::new();
        for k in 0..3 {
            kids.push(tokio::spawn(async move {
                println!("kid {k} starts");
                tokio::task::yield_now().await;
                println!("kid {k} ends");
                k * 10
            }));
        }
        println!("parent spawned kids");
        let grand = tokio::spawn(async {
            let inner = tokio::spawn(async { println!("great-grandkid") });
            println!("grandkid");
            inner.await.unwrap();
            println!("grandkid joined");
        });
        let mut total = 0;
        for kid in kids {
            total += kid.await.unwrap();
        }
        grand.await.unwrap();
        total
    });
    let uncle = tokio::spawn(async {
        println!("uncle starts");
        sleep(Duration::from_millis(1)).await;
        println!("uncle ends");
    });
    println!("main spawned both");
    println!("parent total {}", parent.await.unwrap());
    uncle.await.unwrap();
}
