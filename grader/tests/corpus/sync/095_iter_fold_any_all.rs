fn main() {
    let v = [3, 8, 1, 9, 4];
    let sum = v.iter().fold(0, |acc, x| acc + x);
    let max = v.iter().fold(i32::MIN, |m, &x| m.max(x));
    println!("sum {sum} max {max}");
    let csv = v.iter().fold(String::new(), |mut s, x| {
        if !s.is_empty() {
            s.push(',');
        }
        s += &x.to_string();
        s
    });
    println!("{csv}");
    let reversed = v.iter().fold(Vec::new(), |mut acc, &x| {
        acc.insert(0, x);
        acc
    });
    println!("{reversed:?}");
    println!("{} {}", v.iter().any(|&x| x > 8), v.iter().any(|&x| x > 9));
    println!("{} {}", v.iter().all(|&x| x > 0), v.iter().all(|&x| x > 1));
    let empty: [i32; 0] = [];
    println!("{} {}", empty.iter().any(|_| true), empty.iter().all(|_| false));
    let balanced = "(()(()))".chars().try_fold(0i32, |depth, c| {
        let d = if c == '(' { depth + 1 } else { depth - 1 };
        if d < 0 { None } else { Some(d) }
    });
    println!("{balanced:?}");
    println!("{:?}", v.iter().copied().reduce(|a, b| a * b));
    println!("{:?}", empty.iter().copied().reduce(|a, b| a + b));
    let running: Vec<i32> = v.iter().scan(0, |acc, &x| { *acc += x; Some(*acc) }).collect();
    println!("{running:?}");
}
