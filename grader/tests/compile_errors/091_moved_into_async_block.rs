#[tokio::main]
async fn main() {
    let name = String::from("ada");
    let greet = async move {
        println!("hello {name}");
    };
    println!("name was {name}");
    greet.await;
}
