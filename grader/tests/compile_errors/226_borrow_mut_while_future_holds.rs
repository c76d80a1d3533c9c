#[tokio::main]
async fn main() {
    let mut names = vec!["a".to_string()];
    let reader = async {
        println!("{}", names.len());
    };
    names.push("b".to_string());
    reader.await;
}
