use std::rc::Rc;

fn main() {
    let items = Rc::new(vec![1]);
    items.push(2);
    println!("{:?}", items);
}
