use std::rc::Rc;

fn main() {
    let data = Rc::new(vec![1, 2]);
    let d = data.clone();
    std::thread::spawn(move || {
        println!("{:?}", d);
    })
    .join()
    .unwrap();
}
