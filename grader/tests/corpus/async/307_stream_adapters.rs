use futures::stream::{self, StreamExt};

#[tokio::main]
async fn main() {
    let v: Vec<i32> = stream::iter(1..=10)
        .skip(2)
        .filter_map(|x| async move { if x % 3 != 0 { Some(x * 10) } else { None } })
        .take(4)
        .collect()
        .await;
    println!("{v:?}");
    let v: Vec<i32> = stream::iter(vec![1, 2, 5, 1, 7])
        .take_while(|x| std::future::ready(*x < 5))
        .collect()
        .await;
    println!("take_while {v:?}");
    let v: Vec<i32> = stream::iter(vec![1, 2, 5, 1, 7])
        .skip_while(|x| std::future::ready(*x < 5))
        .collect()
        .await;
    println!("skip_while {v:?}");
    let chained: Vec<&str> = stream::once(async { "first" })
        .chain(stream::iter(vec!["a", "b"]))
        .chain(stream::empty())
        .collect()
        .await;
    println!("{chained:?}");
    let n = stream::repeat("x").take(5).count().await;
    println!("count {n}");
    let mut k = 0;
    let squares: Vec<u32> = stream::repeat_with(|| {
        k += 1;
        k * k
    })
    .take(4)
    .collect()
    .await;
    println!("{squares:?}");
    let mut s = stream::iter(["a", "b", "c"]).inspect(|x| println!("  saw {x}")).enumerate();
    while let Some((i, x)) = s.next().await {
        println!("{i} -> {x}");
    }
    let text: String = stream::iter(vec!["ab", "cd"]).collect().await;
    println!("{text}");
    let mut st = stream::unfold((0u32, 1u32), |(a, b)| async move { Some((a, (b, a + b))) }).boxed();
    let mut fib = Vec::new();
    while let Some(x) = st.next().await {
        if x > 50 {
            break;
        }
        fib.push(x);
    }
    println!("{fib:?}");
}
