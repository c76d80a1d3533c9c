fn check_age(age: i32) -> Result<i32, String> {
    if age < 0 {
        Err(format!("age cannot be negative: {age}"))
    } else {
        Ok(age)
    }
}

fn main() -> Result<(), String> {
    println!("{}", check_age(30)?);
    println!("{}", check_age(-2)?);
    Ok(())
}
