fn sum(a: &[i32]) -> i32 {
    a.iter().sum()
}

fn main() {
    let a = [1, 2, 3, 4, 5];
    let zeros = [0u8; 4];
    let grid = [[1, 2, 3], [4, 5, 6]];
    println!("{:?} len {} sum {}", a, a.len(), sum(&a));
    println!("{zeros:?}");
    println!("{grid:?} {}", grid[1][2]);
    let mut b = a;
    b[0] = 100;
    println!("{:?} {:?}", a, b);
    println!("{:?}", &a[1..3]);
    println!("{}", a == [1, 2, 3, 4, 5]);
    let doubled = a.map(|x| x * 2);
    println!("{doubled:?}");
    for row in &grid {
        println!("{}", row.iter().map(|v| format!("{v:>3}")).collect::<String>());
    }
    let [first, second, rest @ ..] = a;
    println!("{first} {second} {rest:?}");
    let names: [&str; 3] = ["x", "y", "z"];
    println!("{}", names.iter().rev().cloned().collect::<Vec<_>>().concat());
    let mut m = [5, 2, 8, 1];
    m.sort();
    println!("{m:?} {:?}", m.binary_search(&5));
    println!("{:?}", m.binary_search(&3));
    println!("{:?} {:?}", m.iter().max(), m.iter().min());
    println!("{}", std::mem::size_of_val(&m));
}
