fn parse_temp(s: &str) -> Result<f64, String> {
    let (num, unit) = s.split_at(s.len() - 1);
    let value: f64 = num.parse().map_err(|e| format!("cannot parse {num:?}: {e}"))?;
    match unit {
        "C" => Ok(value),
        "F" => Ok((value - 32.0) * 5.0 / 9.0),
        other => Err(format!("unknown unit {other:?}")),
    }
}

fn average(inputs: &[&str]) -> Result<f64, String> {
    if inputs.is_empty() {
        Err("no readings")?;
    }
    let mut sum = 0.0;
    for s in inputs {
        sum += parse_temp(s)?;
    }
    Ok(sum / inputs.len() as f64)
}

fn main() {
    for s in ["21.5C", "212F", "abcC", "10K"] {
        println!("{s}: {:?}", parse_temp(s));
    }
    println!("{:?}", average(&["20C", "68F"]));
    println!("{:?}", average(&[]));
    println!("{:?}", average(&["20C", "xF"]));
}
