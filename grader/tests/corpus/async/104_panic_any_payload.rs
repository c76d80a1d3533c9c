#[tokio::main]
async fn main() {
    let h = tokio::spawn(async {
        std::panic::panic_any(404u32);
    });
    let err = h.await.unwrap_err();
    println!("is_panic {}", err.is_panic());
    println!("{err}");
    println!("{err:?}");
    let payload = err.into_panic();
    println!("payload u32: {:?}", payload.downcast_ref::<u32>());
    let h2 = tokio::spawn(async {
        let name = "formatted";
        panic!("{name} message {}", 2);
    });
    let err = h2.await.unwrap_err();
    println!("{err}");
    let payload = err.into_panic();
    println!("{:?}", payload.downcast_ref::<String>());
    let h3 = tokio::spawn(async {
        panic!("literal message");
    });
    let payload = h3.await.unwrap_err().into_panic();
    println!("{:?}", payload.downcast_ref::<&str>());
}
