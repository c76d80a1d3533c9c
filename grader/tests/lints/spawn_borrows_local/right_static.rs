static GREETING: &str = "hello";
const TIMES: u32 = 2;

#[tokio::main]
async fn main() {
    // Statics and consts are not locals; a name bound inside the block is its own.
    let handle = tokio::spawn(async {
        let name = String::from("task");
        for _ in 0..TIMES {
            println!("{GREETING} from {name}");
        }
    });
    handle.await.unwrap();
}
