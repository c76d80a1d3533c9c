use futures::stream::{self, StreamExt, TryStreamExt};
use tokio::time::{sleep, Duration, Instant};

async fn parse(s: &str) -> Result<i32, String> {
    sleep(Duration::from_millis(1)).await;
    s.parse::<i32>().map_err(|e| format!("{s}: {e}"))
}

#[tokio::main]
async fn main() -> Result<(), String> {
    let ok: Result<Vec<i32>, String> = stream::iter(vec![1, 2, 3]).map(Ok).try_collect().await;
    println!("{ok:?}");
    let items = vec![Ok(1), Err("bad".to_string()), Ok(3)];
    let r: Result<Vec<i32>, String> = stream::iter(items).inspect(|x| println!("  saw {x:?}")).try_collect().await;
    println!("{r:?}");

    let mut s = stream::iter(vec![Ok::<i32, String>(4), Ok(5), Err("end".into()), Ok(6)]);
    loop {
        match s.try_next().await {
            Ok(Some(x)) => println!("item {x}"),
            Ok(None) => {
                println!("done");
                break;
            }
            Err(e) => {
                println!("error {e}");
                break;
            }
        }
    }
    println!("after error: {:?}", s.next().await);

    let mut words = stream::iter(vec!["1", "22", "x", "4"]).then(parse).boxed();
    while let Some(r) = words.next().await {
        println!("{r:?}");
    }

    let total = stream::iter(vec!["5", "6", "7"])
        .then(parse)
        .try_fold(0, |acc, x| async move { Ok(acc + x) })
        .await?;
    println!("total {total}");

    let r = stream::iter(vec![Ok(1), Ok(2), Err(3), Ok(4)])
        .try_for_each(|x| async move {
            println!("  each {x}");
            Ok::<(), i32>(())
        })
        .await;
    println!("try_for_each {r:?}");

    let evens: Vec<i32> = stream::iter(1..=6)
        .map(Ok::<i32, String>)
        .try_filter(|x| std::future::ready(x % 2 == 0))
        .map_ok(|x| x * 100)
        .try_collect()
        .await?;
    println!("evens {evens:?}");

    let mapped: Vec<Result<i32, String>> = stream::iter(vec![Ok(1), Err(2), Ok(3)])
        .map_err(|e: i32| format!("e{e}"))
        .and_then(|x| async move { if x > 2 { Err(format!("big {x}")) } else { Ok(x + 1) } })
        .collect()
        .await;
    println!("{mapped:?}");

    let fm: Result<Vec<i32>, String> = stream::iter(vec!["1", "", "3"])
        .map(Ok)
        .try_filter_map(|s| async move { if s.is_empty() { Ok(None) } else { parse(s).await.map(Some) } })
        .try_collect()
        .await;
    println!("{fm:?}");

    let bad = stream::iter(vec!["8", "nine"]).then(parse).try_collect::<Vec<i32>>().await;
    println!("{bad:?}");
    edges().await;
    buffers().await;
    bad.map(|_| ())
}


async fn edges() {
    let start = Instant::now();
    // try_for_each whose closure fails.
    let r: Result<(), String> = stream::iter(1..=5)
        .map(Ok::<i32, String>)
        .try_for_each(|x| async move {
            println!("  visit {x}");
            if x == 3 { Err(format!("stop at {x}")) } else { Ok(()) }
        })
        .await;
    println!("{r:?}");
    // or_else recovers.
    let v: Vec<Result<i32, String>> = stream::iter(vec![Ok(1), Err("x".to_string()), Ok(3)])
        .or_else(|e| async move { if e == "x" { Ok::<i32, String>(0) } else { Err(e) } })
        .collect()
        .await;
    println!("{v:?}");
    let n = stream::iter(vec![Ok::<u8, ()>(1), Ok(2)]).try_fold(10u32, |a, b| async move { Ok(a + b as u32) }).await;
    println!("{n:?}");
}

async fn fetch(id: u64) -> Result<u64, String> {
    sleep(Duration::from_millis(30 - 5 * id)).await;
    println!("  fetched {id}");
    if id == 4 { Err(format!("fetch {id} failed")) } else { Ok(id * 100) }
}

async fn buffers() {
    let start = Instant::now();
    let r: Result<Vec<u64>, String> = stream::iter(1..=3u64).map(|id| Ok(fetch(id))).try_buffered(2).try_collect().await;
    println!("try_buffered {r:?} at {} ms", start.elapsed().as_millis());
    let r: Result<Vec<u64>, String> = stream::iter(1..=5u64).map(|id| Ok(fetch(id))).try_buffer_unordered(3).try_collect().await;
    println!("try_buffer_unordered {r:?} at {} ms", start.elapsed().as_millis());
    let items = vec![Ok(1u64), Err("no input".to_string()), Ok(2)];
    let mut s = stream::iter(items).map_ok(fetch).try_buffer_unordered(2);
    while let Some(x) = s.next().await {
        println!("{x:?} at {} ms", start.elapsed().as_millis());
    }
}
