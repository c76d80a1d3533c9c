fn first_len(v: &[String]) -> Result<usize, String> {
    let first = v.first()?;
    Ok(first.len())
}

fn main() {
    println!("{:?}", first_len(&[]));
}
