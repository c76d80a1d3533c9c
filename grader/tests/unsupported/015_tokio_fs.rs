#[tokio::main]
async fn main() {
    let contents = tokio::fs::read_to_string("notes.txt").await; //~ unsupported: tokio::fs|fs
    println!("{}", contents.is_ok());
}
