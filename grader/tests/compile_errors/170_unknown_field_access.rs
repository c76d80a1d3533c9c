struct User {
    name: String,
}

fn main() {
    let u = User { name: "ada".into() };
    println!("{}", u.age);
}
