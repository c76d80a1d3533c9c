struct User {
    name: String,
}

fn main() {
    let u = User { name: "ada".into(), age: 3 };
    println!("{}", u.name);
}
