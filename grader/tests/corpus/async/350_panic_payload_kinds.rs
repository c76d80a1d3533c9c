use tokio::task::JoinHandle;

async fn kind(h: JoinHandle<()>) -> String {
    let e = h.await.unwrap_err();
    let p = e.into_panic();
    if let Some(s) = p.downcast_ref::<&str>() {
        format!("&str {s:?}")
    } else if let Some(s) = p.downcast_ref::<String>() {
        format!("String {s:?}")
    } else {
        "other".to_string()
    }
}

#[tokio::main]
async fn main() {
    let x = 3;
    let handles: Vec<(&str, JoinHandle<()>)> = vec![
        ("literal", tokio::spawn(async { panic!("plain") })),
        ("int literal arg", tokio::spawn(async { panic!("with {}", 42) })),
        ("str literal arg", tokio::spawn(async { panic!("{}", "lit") })),
        ("captured", tokio::spawn(async move { panic!("x is {x}") })),
        ("debug literal", tokio::spawn(async { panic!("{:?}", 42) })),
        ("two literals", tokio::spawn(async { panic!("{} and {}", 1, 2u8) })),
        ("escaped braces", tokio::spawn(async { panic!("{{braces}}") })),
        ("width", tokio::spawn(async { panic!("{:>5}", 1) })),
        ("negative", tokio::spawn(async { panic!("{}", -1) })),
        ("positional twice", tokio::spawn(async { panic!("{0}-{0}", 7) })),
        ("named literal", tokio::spawn(async { panic!("{n}", n = 9) })),
        ("char", tokio::spawn(async { panic!("{}", 'c') })),
        ("bool", tokio::spawn(async { panic!("{}", true) })),
        ("variable", tokio::spawn(async move { panic!("{}", x) })),
        ("todo", tokio::spawn(async { todo!() })),
        ("unreachable msg", tokio::spawn(async { unreachable!("u {}", 2) })),
        ("assert", tokio::spawn(async { assert!(1 > 2) })),
        ("assert msg", tokio::spawn(async { assert!(false, "a {}", 1) })),
        ("assert_eq", tokio::spawn(async { assert_eq!(1, 2) })),
        ("unwrap none", tokio::spawn(async { None::<u8>.unwrap(); })),
        ("expect none", tokio::spawn(async { None::<u8>.expect("wanted"); })),
        ("unwrap err", tokio::spawn(async { Err::<u8, &str>("e").unwrap(); })),
        ("index", tokio::spawn(async move { let v = vec![1]; let _ = v[x]; })),
    ];
    for (name, h) in handles {
        println!("{name}: {}", kind(h).await);
    }
}
