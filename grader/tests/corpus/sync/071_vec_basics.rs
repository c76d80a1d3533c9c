fn main() {
    let mut v: Vec<i32> = Vec::new();
    v.push(10);
    v.push(20);
    v.push(30);
    println!("{:?} len {}", v, v.len());
    println!("first {:?} last {:?}", v.first(), v.last());
    println!("get(1) {:?} get(9) {:?}", v.get(1), v.get(9));
    v.insert(1, 15);
    println!("after insert {:?}", v);
    let removed = v.remove(0);
    println!("removed {removed}, now {:?}", v);
    println!("pop {:?}", v.pop());
    println!("{:?} contains 15: {}", v, v.contains(&15));
    v[0] = 99;
    if let Some(x) = v.get_mut(1) {
        *x += 1;
    }
    println!("{v:?}");
    let w = vec![1; 4];
    println!("{w:?} is_empty {}", w.is_empty());
    let mut x = Vec::with_capacity(10);
    x.extend_from_slice(&[5, 6]);
    println!("{x:?} {}", x.len());
    x.truncate(1);
    x.swap_remove(0);
    let popped = x.pop();
    println!("{:?} {:?}", x, popped);
    let mut z = vec!["a", "b", "c", "d"];
    z.swap(0, 3);
    z.reverse();
    println!("{z:?}");
    println!("{:?}", z.iter().position(|&s| s == "b"));
    z.clear();
    println!("{}", z.len());
}
