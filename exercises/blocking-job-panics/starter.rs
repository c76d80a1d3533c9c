/// A synchronous parser from a library: it panics on input that is not a number.
fn parse_price(text: &str) -> u32 {
    text.trim().parse().expect("not a price")
}

#[tokio::main]
async fn main() {
    let inputs = ["12", "7", "oops", "30"];
    let handles: Vec<_> = inputs
        .iter()
        .map(|&text| tokio::task::spawn_blocking(move || parse_price(text)))
        .collect();

    let mut total = 0;
    for (text, handle) in inputs.iter().zip(handles) {
        // TODO: a job that panicked must not stop the program: print `skipped "TEXT"` and go on.
        let price = handle.await.unwrap();
        println!("price {price}");
        total += price;
    }
    println!("total {total}");
}
