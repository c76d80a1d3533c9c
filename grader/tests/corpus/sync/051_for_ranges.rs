fn main() {
    for i in 0..3 {
        print!("{i} ");
    }
    println!();
    for i in 1..=3 {
        print!("{i} ");
    }
    println!();
    for i in (0..10).rev().step_by(3) {
        print!("{i} ");
    }
    println!();
    for i in (0..=20).step_by(5) {
        print!("{i} ");
    }
    println!();
    let empty = 5..5;
    println!("empty range len {} is_empty {}", empty.len(), empty.is_empty());
    for _ in 5..1 {
        println!("never");
    }
    let r = 2..6;
    println!("{:?} contains 5: {} sum {}", r, r.contains(&5), r.clone().sum::<i32>());
    let chars: Vec<char> = ('x'..='z').collect();
    println!("{chars:?}");
    let names = ["a", "b", "c"];
    for (i, name) in names.iter().enumerate().skip(1) {
        println!("{i}: {name}");
    }
    let mut total = 0u64;
    for n in (1..=100).filter(|n| n % 3 == 0 || n % 5 == 0) {
        total += n;
    }
    println!("total {total}");
    println!("{:?} {:?}", (1..4).last(), (..=7).contains(&7));
}
