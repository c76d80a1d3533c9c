use futures::stream::{self, StreamExt};

async fn double(x: i32) -> i32 {
    x * 2
}

#[tokio::main]
async fn main() {
    let v: Vec<i32> = stream::iter(1..=5).map(|x| x * x).collect().await;
    println!("{v:?}");
    let evens: Vec<i32> = stream::iter(1..=10).filter(|x| std::future::ready(x % 2 == 0)).collect().await;
    println!("{evens:?}");
    let doubled: Vec<i32> = stream::iter(vec![3, 4]).then(double).collect().await;
    println!("{doubled:?}");
    let sum = stream::iter(1..=4).fold(0, |acc, x| async move { acc + x }).await;
    println!("sum {sum}");
    let mut s = stream::iter(["a", "b", "c"]).enumerate();
    while let Some((i, x)) = s.next().await {
        println!("{i}: {x}");
    }
    let firsts: Vec<u8> = stream::iter(10..).take(3).collect().await;
    println!("{firsts:?}");
    stream::iter(vec!["x", "y"]).for_each(|x| async move { println!("each {x}") }).await;
    let buffered: Vec<i32> = stream::iter(vec![1, 2, 3]).map(double).buffered(2).collect().await;
    println!("{buffered:?}");
}
