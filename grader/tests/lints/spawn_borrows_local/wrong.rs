#[tokio::main]
async fn main() {
    let names = vec!["ada".to_string(), "grace".to_string()];
    let handle = tokio::spawn(async { //~ spawn_borrows_local
        println!("{}", names.len());
    });
    handle.await.unwrap();
}
