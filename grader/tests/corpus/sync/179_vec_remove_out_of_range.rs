fn main() {
    let mut queue = vec!["a", "b", "c"];
    let first = queue.remove(0);
    println!("took {first}, left {queue:?}");
    let pos = queue.len() + 1;
    let item = queue.remove(pos);
    println!("{item}");
}
