use std::collections::HashMap;

fn main() {
    let mut m: HashMap<&str, i32> = HashMap::new();
    m.insert("a", 1);
    let a = m.get("a").copied().expect("a is present");
    println!("{}", a);
    let key = "b";
    let b = m.get(key).expect(&format!("missing key {:?}", key));
    println!("{}", b);
}
