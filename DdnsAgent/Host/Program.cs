Console.WriteLine("DdnsAgent host: under construction");
return 0;
