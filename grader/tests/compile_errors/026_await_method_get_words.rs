use std::time::Duration;

async fn get_words(text: &str) -> Vec<String> {
    tokio::time::sleep(Duration::from_millis(10)).await;
    text.split(' ').map(String::from).collect()
}

#[tokio::main]
async fn main() {
    let result = get_words("a b c").iter().count();
    println!("{:?}", result);
}
