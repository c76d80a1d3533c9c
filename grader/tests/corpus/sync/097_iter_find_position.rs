fn main() {
    let v = [10, 25, 30, 45, 50];
    println!("{:?}", v.iter().find(|&&x| x % 15 == 0));
    println!("{:?}", v.iter().find(|&&x| x > 100));
    println!("{:?}", v.iter().position(|&x| x == 45));
    println!("{:?}", v.iter().rposition(|&x| x < 40));
    println!("{:?}", v.iter().last());
    println!("{:?} {:?}", v.iter().nth(1), v.iter().nth(10));
    let mut it = v.iter();
    println!("{:?} {:?}", it.nth(0), it.nth(0));
    println!("{:?}", v.iter().find_map(|&x| if x > 20 { Some(x * 2) } else { None }));
    let words = ["alpha", "beta", "gamma"];
    println!("{:?}", words.iter().position(|w| w.contains('m')));
    println!("{:?}", words.iter().find(|w| w.len() == 4));
    println!("{}", v.iter().count());
    println!("{:?}", "hello".chars().position(|c| c == 'l'));
    println!("{:?}", v.iter().skip(1).step_by(2).last());
    println!("{:?}", v.iter().min_by_key(|&&x| (x as i32 - 33).abs()));
}
