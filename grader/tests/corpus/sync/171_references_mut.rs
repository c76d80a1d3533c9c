fn increment(x: &mut i32) {
    *x += 1;
}

fn push_twice(v: &mut Vec<String>, s: &str) {
    v.push(s.to_string());
    v.push(s.to_uppercase());
}

fn largest_mut(v: &mut [i32]) -> &mut i32 {
    let mut idx = 0;
    for i in 1..v.len() {
        if v[i] > v[idx] {
            idx = i;
        }
    }
    &mut v[idx]
}

#[derive(Debug)]
struct Player {
    name: String,
    hp: i32,
}

fn heal(p: &mut Player, amount: i32) {
    p.hp = (p.hp + amount).min(100);
}

fn main() {
    let mut n = 5;
    increment(&mut n);
    let r = &mut n;
    increment(r);
    *r *= 10;
    println!("n = {n}");
    let mut words = Vec::new();
    push_twice(&mut words, "hi");
    println!("{words:?}");
    let mut nums = [3, 9, 4];
    *largest_mut(&mut nums) = 0;
    println!("{nums:?}");
    let mut party = vec![Player { name: "ann".into(), hp: 90 }, Player { name: "bob".into(), hp: 40 }];
    for p in party.iter_mut() {
        heal(p, 25);
    }
    let first = &mut party[0];
    first.name.push_str(" the brave");
    println!("{party:?}");
    let a = 1;
    let b = &a;
    let c = &b;
    println!("{} {} {}", a, *b + 1, **c + 2);
    println!("{}", b == &1);
    let (x, y) = (&mut 10, &mut 20);
    std::mem::swap(x, y);
    println!("{x} {y}");
    let mut grid = vec![vec![0; 3]; 2];
    let row = &mut grid[1];
    row[2] = 7;
    println!("{grid:?}");
}
