#[tokio::main]
async fn main() {
    let mut total = 0;
    let add_one = async {
        total += 1;
    };
    let add_two = async {
        total += 2;
    };
    tokio::join!(add_one, add_two);
    println!("{total}");
}
