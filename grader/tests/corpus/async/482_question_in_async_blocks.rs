// `?` in async blocks that return a `Result`, and `join!` in async code: all compile, so the
// compile check must say nothing (the boundary of its `?`-in-a-`()`-block rule).
async fn a() -> u32 {
    1
}

async fn b() -> u32 {
    2
}

#[tokio::main]
async fn main() {
    let parsed = tokio::spawn(async {
        let n: i32 = "5".parse().map_err(|e: std::num::ParseIntError| e.to_string())?;
        println!("parsed {n}");
        Ok::<i32, String>(n * 2)
    });
    println!("{:?}", parsed.await.unwrap());
    let early = async {
        let n: i32 = "x".parse().map_err(|_| "not a number")?;
        if n > 0 {
            return Ok(n);
        }
        Err("negative")
    };
    println!("{:?}", early.await);
    let (x, y) = tokio::join!(a(), b());
    let sum = async move { x + y }.await;
    println!("{sum}");
}
