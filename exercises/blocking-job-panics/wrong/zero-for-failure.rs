// fails: stdout
// checks only: a failed job is reported as a price of 0 instead of being skipped
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
        let price = handle.await.unwrap_or(0);
        println!("price {price}");
        total += price;
    }
    println!("total {total}");
}
