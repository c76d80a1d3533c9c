fn main() {
    let names = vec!["ann", "bob"];
    let first = names[0];
    assert_ne!(first, "bob");
    println!("first is not bob");
    let backup = names.iter().rev().last().unwrap();
    assert_ne!(*backup, first);
}
