fn main() {
    let total: i32 = (1..=4)
        .inspect(|x| println!("about to square {x}"))
        .map(|x| x * x)
        .inspect(|x| println!("got {x}"))
        .filter(|x| x % 2 == 0)
        .sum();
    println!("total {total}");
    println!("{}", (1..=5).product::<u64>());
    println!("{}", (1..=0).product::<u64>());
    println!("{}", [0.5f64, 4.0, 2.0].iter().product::<f64>());
    println!("{}", "a-b-c".split('-').count());
    println!("{}", (0..100).filter(|n| n % 7 == 0).count());
    println!("{}", std::iter::empty::<i32>().sum::<i32>());
    let lazy = (1..3).map(|x| {
        println!("never runs without a consumer {x}");
        x
    });
    println!("built a lazy iterator");
    drop(lazy);
    let mut calls = 0;
    let found = (1..100).inspect(|_| calls += 1).find(|x| x * x > 50);
    println!("{found:?} after {calls} calls");
    let v: Vec<i32> = vec![1, 2, 3];
    let sum_of_cloned: i32 = v.iter().cloned().sum();
    let sum_of_copied: i32 = v.iter().copied().sum();
    println!("{sum_of_cloned} {sum_of_copied}");
    let names = vec![String::from("a"), String::from("b")];
    let owned: Vec<String> = names.iter().cloned().collect();
    println!("{owned:?} {names:?}");
}
