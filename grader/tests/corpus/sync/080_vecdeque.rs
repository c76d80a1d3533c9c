use std::collections::VecDeque;

fn main() {
    let mut q: VecDeque<&str> = VecDeque::new();
    q.push_back("b");
    q.push_back("c");
    q.push_front("a");
    println!("{q:?} len {}", q.len());
    println!("front {:?} back {:?}", q.front(), q.back());
    println!("pop_front {:?}", q.pop_front());
    println!("pop_back {:?}", q.pop_back());
    println!("{q:?}");
    let mut window: VecDeque<i32> = VecDeque::with_capacity(3);
    for x in [5, 1, 4, 2, 8, 7] {
        if window.len() == 3 {
            window.pop_front();
        }
        window.push_back(x);
        println!("window {:?} sum {}", window, window.iter().sum::<i32>());
    }
    let mut d: VecDeque<i32> = (1..=5).collect();
    d.rotate_left(2);
    println!("{d:?}");
    println!("{:?} {}", d.get(1), d[0]);
    d.retain(|x| x % 2 == 1);
    println!("{d:?} contains 3: {}", d.contains(&3));
    let v: Vec<i32> = d.into_iter().collect();
    println!("{v:?}");
    let mut turns = VecDeque::from(vec!["p1", "p2", "p3"]);
    for _ in 0..4 {
        let p = turns.pop_front().unwrap();
        print!("{p} ");
        turns.push_back(p);
    }
    println!();
}
