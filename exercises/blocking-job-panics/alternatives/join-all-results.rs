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

    let results = futures::future::join_all(handles).await;
    let mut total = 0;
    for (text, result) in inputs.iter().zip(results) {
        match result {
            Ok(price) => {
                println!("price {price}");
                total += price;
            }
            Err(_) => println!("skipped {text:?}"),
        }
    }
    println!("total {total}");
}
