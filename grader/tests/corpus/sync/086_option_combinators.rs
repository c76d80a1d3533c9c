fn find_user(id: u32) -> Option<&'static str> {
    match id {
        1 => Some("ann"),
        2 => Some("bob"),
        _ => None,
    }
}

fn main() {
    let some = find_user(1);
    let none = find_user(9);
    println!("{:?} {:?}", some.map(|s| s.len()), none.map(|s| s.len()));
    println!("{:?}", some.and_then(|s| s.chars().nth(5)));
    println!("{:?}", none.or_else(|| find_user(2)));
    println!("{:?}", none.or(Some("guest")));
    println!("{} {}", some.unwrap_or("nobody"), none.unwrap_or("nobody"));
    println!("{}", none.unwrap_or_else(|| "computed"));
    println!("{:?}", None::<String>.unwrap_or_default());
    println!("{:?} {:?}", some.ok_or("missing"), none.ok_or("missing"));
    println!("{:?}", none.ok_or_else(|| format!("user {} missing", 9)));
    println!("{} {} {} {}", some.is_some(), some.is_none(), none.is_some(), none.is_none());
    println!("{}", some.is_some_and(|s| s.starts_with('a')));
    println!("{:?}", some.map_or(0, |s| s.len()));
    println!("{:?}", none.map_or_else(|| 99, |s| s.len()));
    let x = Some(3);
    println!("{:?} {:?}", x.xor(None), x.and(Some("b")));
    let nums = [Some(1), None, Some(3)];
    println!("{:?}", nums.iter().flatten().sum::<i32>());
    println!("{:?}", nums.iter().copied().collect::<Option<Vec<i32>>>());
    println!("{}", some.expect("user 1 exists"));
    if let Some(name) = some.filter(|n| n.len() == 3) {
        println!("three letters: {name}");
    }
}
