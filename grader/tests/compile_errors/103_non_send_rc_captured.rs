use std::rc::Rc;

#[tokio::main]
async fn main() {
    let shared = Rc::new(String::from("hello"));
    let s = shared.clone();
    let handle = tokio::spawn(async move {
        println!("{}", s);
    });
    handle.await.unwrap();
}
