fn main() {
    let v: Vec<i32> = (1..=10).collect();
    println!("{:?}", v.iter().skip(7).collect::<Vec<_>>());
    println!("{:?}", v.iter().take(3).collect::<Vec<_>>());
    println!("{:?}", v.iter().skip(2).take(3).collect::<Vec<_>>());
    println!("{:?}", v.iter().take_while(|&&x| x * x < 20).collect::<Vec<_>>());
    println!("{:?}", v.iter().skip_while(|&&x| x < 8).collect::<Vec<_>>());
    let log = "  \t  indented line";
    let text: String = log.chars().skip_while(|c| c.is_whitespace()).collect();
    println!("{text:?}");
    let readings = [3, 5, 8, -1, 9, 12];
    let valid: Vec<_> = readings.iter().take_while(|r| **r >= 0).collect();
    println!("{valid:?}");
    println!("{:?}", v.iter().step_by(4).collect::<Vec<_>>());
    println!("{:?}", v.iter().skip(20).next());
    println!("{:?}", (0..).take(0).count());
    let mut it = v.iter().map_while(|&x| if x < 4 { Some(x * 100) } else { None });
    println!("{:?} {:?}", it.next(), it.collect::<Vec<_>>());
}
