fn main() {
    let buf = [104u8, 105, 0xff, 33];
    let n = 2;
    println!("{:?}", std::str::from_utf8(&buf[..n]));
    println!("{}", std::str::from_utf8(&buf[..n]).unwrap());
    match std::str::from_utf8(&buf) {
        Ok(s) => println!("ok {s}"),
        Err(e) => println!("{e} / {e:?}"),
    }
    let v = vec![b'o', b'k'];
    println!("{}", std::str::from_utf8(&v).unwrap().len());
}
