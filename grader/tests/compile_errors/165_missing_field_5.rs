struct Message {
    from: String,
    to: String,
    body: String,
}

fn main() {
    let u = Message { from: "a".into(), body: "hi".into() };
    println!("{}", u.body);
}
