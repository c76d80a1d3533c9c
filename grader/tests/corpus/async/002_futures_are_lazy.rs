async fn step(name: &str) -> &str {
    println!("running {name}");
    name
}

#[tokio::main]
async fn main() {
    let a = step("a");
    let b = step("b");
    println!("created two futures, nothing ran yet");
    let never = step("never");
    drop(never);
    println!("dropped one without awaiting it");
    println!("awaited {}", b.await);
    println!("awaited {}", a.await);
    let fut = async {
        println!("inside async block");
        7
    };
    println!("before awaiting the block");
    println!("block gave {}", fut.await);
}
