use std::any::Any;

#[tokio::main]
async fn main() {
    let h = tokio::spawn(async { panic!("bad value {}", 42) });
    let e = h.await.unwrap_err();
    println!("is_panic {} display: {e}", e.is_panic());
    println!("debug: {e:?}");
    let payload: Box<dyn Any + Send> = e.into_panic();
    if let Some(s) = payload.downcast_ref::<String>() {
        println!("String payload: {s}");
    } else if let Some(s) = payload.downcast_ref::<&str>() {
        println!("str payload: {s}");
    }
    let h = tokio::spawn(async { panic!("static msg") });
    let e = h.await.unwrap_err();
    println!("debug: {e:?}");
    match e.try_into_panic() {
        Ok(p) => match p.downcast::<&'static str>() {
            Ok(s) => println!("&str: {s}"),
            Err(_) => println!("not &str"),
        },
        Err(e) => println!("not panic {e}"),
    }
    let h = tokio::spawn(async { std::panic::panic_any(7u32) });
    let e = h.await.unwrap_err();
    println!("{e}");
    let p = e.into_panic();
    println!("u32? {:?}", p.downcast_ref::<u32>());
    let a = tokio::spawn(async {
        tokio::task::yield_now().await;
        let v: Vec<i32> = Vec::new();
        v[0]
    });
    let b = tokio::spawn(async {
        println!("b runs");
        2
    });
    println!("{:?}", b.await);
    let r = a.await;
    println!("a is_err {}", r.is_err());
    let ok: Result<i32, _> = tokio::spawn(async { 1 }).await;
    println!("{ok:?}");
    let c = tokio::spawn(async {
        let x: Option<u8> = None;
        x.expect("needed a value")
    });
    if let Err(e) = c.await {
        println!("c: {e}");
    }
}
