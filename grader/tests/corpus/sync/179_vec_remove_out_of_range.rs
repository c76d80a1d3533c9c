fn take_turn(queue: &mut Vec<&'static str>, position: usize) -> &'static str {
    queue.remove(position)
}

fn main() {
    let mut queue = vec!["ann", "bob", "cid"];
    let first = take_turn(&mut queue, 0);
    println!("took {first}, left {queue:?}");
    let last = queue.len() - 1;
    println!("took {}, left {queue:?}", take_turn(&mut queue, last));
    let next = queue.len() + 1;
    println!("took {}", take_turn(&mut queue, next));
}
