use futures::stream::{self, StreamExt};
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let nested = stream::iter(vec![
        stream::iter(vec![1, 2]),
        stream::iter(vec![]),
        stream::iter(vec![3]),
    ]);
    let flat: Vec<i32> = nested.flatten().collect().await;
    println!("flatten {flat:?}");

    let v: Vec<u64> = stream::iter(1..=3u64)
        .flat_map(|n| {
            println!("  open {n}");
            stream::iter(0..n).then(move |i| async move {
                sleep(Duration::from_millis(10 * n)).await;
                n * 10 + i
            })
        })
        .collect()
        .await;
    println!("flat_map {v:?} at {} ms", start.elapsed().as_millis());

    let mut s = stream::iter(vec!["ab", "", "cde"])
        .map(|w| stream::iter(w.chars().collect::<Vec<_>>()))
        .flatten()
        .enumerate();
    while let Some((i, c)) = s.next().await {
        println!("{i}: {c}");
    }

    // A stream of boxed streams of different kinds.
    let parts = vec![
        stream::once(async { 100 }).boxed(),
        stream::repeat(7).take(2).boxed(),
        stream::unfold(0, |k| async move { if k < 2 { Some((k, k + 1)) } else { None } }).boxed(),
    ];
    let all: Vec<i32> = stream::iter(parts).flatten().collect().await;
    println!("boxed {all:?}");
    waiting_inner().await;
}


async fn waiting_inner() {
    let start = Instant::now();
    // flatten with inner streams that wait.
    let inner = |k: u64| stream::iter(0..2u64).then(move |i| async move {
        sleep(Duration::from_millis(k)).await;
        (k, i)
    });
    let mut f = stream::iter(vec![inner(5), inner(7)]).flatten().boxed();
    while let Some(x) = f.next().await {
        println!("{x:?} at {} ms", start.elapsed().as_millis());
    }

}
