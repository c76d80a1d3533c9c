fn main() {
    let mut count = 10;
    let snapshot = move || count * 2;
    count += 5;
    println!("snapshot {} count {}", snapshot(), count);

    let mut total = 0;
    {
        let mut add = |x: i32| total += x;
        add(3);
        add(4);
    }
    println!("total {total}");

    let label = String::from("label");
    let borrow_len = || label.len();
    println!("{} {}", borrow_len(), label);

    let mut names = vec!["x"];
    let mut push = |n| names.push(n);
    push("y");
    push("z");
    println!("{names:?}");

    let factor = 3;
    let scaled: Vec<i32> = (1..=3).map(|x| x * factor).collect();
    println!("{scaled:?} factor still {factor}");

    let mut counter = 0;
    let mut inc = move || {
        counter += 1;
        counter
    };
    println!("{} {} {}", inc(), inc(), counter);
    let x = 1;
    let shadowing = |x: i32| x + 100;
    println!("{} {}", shadowing(5), x);
}
