fn find_first_negative(values: &[i32]) -> Option<usize> {
    for (i, &v) in values.iter().enumerate() {
        if v < 0 {
            return Some(i);
        }
    }
    None
}

fn validate(name: &str, age: i32) -> Result<String, String> {
    if name.is_empty() {
        return Err("name is empty".to_string());
    }
    if !(0..=150).contains(&age) {
        return Err(format!("age {age} out of range"));
    }
    Ok(format!("{name} ({age})"))
}

fn main() {
    println!("{:?}", find_first_negative(&[3, 4, -1, -7]));
    println!("{:?}", find_first_negative(&[3, 4]));
    println!("{:?}", validate("Ann", 31));
    println!("{:?}", validate("", 31));
    println!("{:?}", validate("Bob", 200));
    let check = |x: i32| -> &str {
        if x > 10 {
            return "big";
        }
        "small"
    };
    println!("{} {}", check(50), check(5));
}
