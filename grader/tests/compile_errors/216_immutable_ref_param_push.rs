fn add_item(list: &Vec<u32>) {
    list.push(4);
}

fn main() {
    let mut v = vec![1];
    add_item(&v);
    println!("{:?}", v);
}
