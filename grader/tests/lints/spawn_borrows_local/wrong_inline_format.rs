#[tokio::main]
async fn main() {
    let greeting = String::from("hello");
    let handle = tokio::spawn(async { //~ spawn_borrows_local
        println!("{greeting} from a task");
    });
    handle.await.unwrap();
}
